"use strict";
window.AllowBackFromHistory = false;
function CheckLocation() { return true; }
