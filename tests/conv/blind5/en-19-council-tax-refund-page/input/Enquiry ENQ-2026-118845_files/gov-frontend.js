document.body.className+=' js-enabled';
