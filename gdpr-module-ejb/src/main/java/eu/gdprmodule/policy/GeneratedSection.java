package eu.gdprmodule.policy;

/** STUB (replaced by the rendering work). */
public enum GeneratedSection {
    CONTROLLER;

    public String code() {
        return "controller";
    }
}
