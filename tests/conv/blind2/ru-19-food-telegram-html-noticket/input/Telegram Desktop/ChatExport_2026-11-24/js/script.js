function CheckLocation() {
  return GoToMessage(0);
}
function GoToMessage(id) {
  return false;
}
