package org.clausebook.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/**
 * One clear line for a template that fails: {@code templates/<name>:<line>:<column>: <what>}, and the page being
 * rendered, instead of Freemarker's message with its tips and stack. The build exits with code 3 on it.
 */
final class TemplateErrors {
    private TemplateErrors() {
    }

    /** An error while rendering {@code url} with {@code template} (or a template it includes). */
    static String describe(TemplateException e, String template, String url) {
        String what = e.getMessageWithoutStackTop();
        return where(e.getTemplateSourceName(), template, e.getLineNumber(), e.getColumnNumber()) + clean(what)
                + " (while rendering " + url + "). Fix the template; a value that may be missing needs a default"
                + " (value!\"\") or a test (<#if value??>).";
    }

    /** A syntax error in {@code template} (or a template it includes). */
    static String describe(ParseException e, String template, String url) {
        return where(e.getTemplateName(), template, e.getLineNumber(), e.getColumnNumber()) + "syntax error: "
                + clean(e.getEditorMessage()) + " (while rendering " + url + ").";
    }

    private static String where(String name, String template, Integer line, Integer column) {
        return "templates/" + (name == null ? template : name) + (line == null ? "" : ":" + line
                + (column == null ? "" : ":" + column)) + ": template error: ";
    }

    /**
     * The description only: up to Freemarker's first "----" block (or its list of expected tokens), on one line,
     * without its "[in template …]".
     */
    private static String clean(String message) {
        String m = message == null ? "" : message;
        for (String tail : new String[] {"\n----", "Was expecting"}) {
            int cut = m.indexOf(tail);
            if (cut >= 0) {
                m = m.substring(0, cut);
            }
        }
        return m.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                .replace("==>", "").replaceAll("\\s+", " ").strip();
    }
}
