function CheckLocation(){return true}
