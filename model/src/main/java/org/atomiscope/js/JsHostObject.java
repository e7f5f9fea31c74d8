package org.atomiscope.js;

/** A host object with one internal number: a Worker (its agent index). */
public final class JsHostObject extends JsObject {
    public final int agent;

    public JsHostObject(Ref proto, String className, int agent) {
        super(proto);
        this.className = className;
        this.agent = agent;
    }
}
