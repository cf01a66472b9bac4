window.HC={};
