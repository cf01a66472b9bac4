"use strict";

window.AllowBackFromHistory = false;
function CheckLocation() {
  var start = "#go_to_message";
  var hash = location.hash;
  if (hash.substr(0, start.length) == start) {
    var messageId = parseInt(hash.substr(start.length));
    if (messageId) {
      GoToMessage(messageId);
    }
  }
}
function GoToMessage(messageId) {
  var element = document.getElementById("message" + messageId);
  if (element) {
    location.hash = "go_to_message" + messageId;
    element.classList.add("selected");
  }
  return false;
}
