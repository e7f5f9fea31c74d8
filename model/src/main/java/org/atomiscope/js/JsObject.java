package org.atomiscope.js;

/**
 * An ordinary JavaScript object: a prototype and own properties. Subclasses add the internal slots
 * of arrays, functions, buffers, typed arrays, errors and host objects.
 */
public class JsObject extends HeapCell {
    public Ref proto;
    public PropMap props = new PropMap();
    public boolean extensible = true;
    /** The [[Class]]-like tag used for printing: "Object", "Error", "Worker", ... */
    public String className = "Object";

    public JsObject(Ref proto) {
        this.proto = proto;
    }

    @Override
    protected HeapCell copyContents() {
        JsObject o = (JsObject) super.copyContents();
        o.props = props.copy();
        return o;
    }
}
