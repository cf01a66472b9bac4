function CheckLocation(){return true;}
function GoToMessage(id){return false;}
