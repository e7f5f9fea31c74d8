self.onmessage = ({data: buffer}) => {
    console.log('foo', buffer.foo); // undefined: main's property stayed in main
    buffer.foo = 42; // a property of the worker's object
    const view = new Uint8Array(buffer);
    view[0] = 2; // a byte of the shared memory
    postMessage(buffer); // "done": main handles this only after the write
};
