var ia;
onmessage = function (ev) {
    ia = ev.data; // ia.length == 100000
    console.log(ia[37]); // prints 163, the 38th prime
}
