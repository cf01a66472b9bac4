"use strict";

window.AllowBackFromHistory = false;

function CheckLocation() {
	var start = "#go_to_message";
	var hash = location.hash;
	if (hash.substr(0, start.length) == start) {
		var offset = start.length;
		var id = hash.substr(offset);
		if (id.length > 0) {
			GoToMessage(id);
		}
	}
	return false;
}

function GoToMessage(messageId) {
	var element = document.getElementById("message" + messageId);
	if (element) {
		var hash = "#go_to_message" + messageId;
		if (location.hash != hash) {
			location.hash = hash;
		}
		element.classList.add("selected");
	}
	return false;
}
