package org.clausebook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.Problem;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a rebuild in {@code serve} failed, for the overlay in the browser: the content's problems (exit code 1 in
 * {@code build}), or a template error (exit code 3) turned into a problem that names the template file and line.
 *
 * @param title    one line: what failed and how many problems
 * @param note     what the page below shows meanwhile
 * @param problems every problem, each with file, line, field, message and fix
 */
record BuildReport(String title, String note, List<Problem> problems) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTE = "The page shows the previous build. Save a fix and this message goes away by itself.";

    BuildReport {
        problems = List.copyOf(problems);
    }

    static BuildReport of(ContentException e) {
        return new BuildReport("The build failed: " + count(e.problems().size()) + " in the content", NOTE, e.problems());
    }

    /** Any other failure: a template error names its template and line; anything else is shown with its message. */
    static BuildReport of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContentException content) {
                return of(content);
            }
            if (t instanceof TemplateException te) {
                return template(te.getTemplateSourceName(), te.getLineNumber(), te.getMessageWithoutStackTop());
            }
            if (t instanceof ParseException pe) {
                return template(pe.getTemplateName(), pe.getLineNumber(), pe.getEditorMessage());
            }
        }
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return new BuildReport("The build failed", NOTE,
                List.of(Problem.of("(build)", 0, "", message, "see the terminal running serve for details.")));
    }

    private static BuildReport template(String name, Integer line, String message) {
        String file = name == null ? "templates" : "templates/" + name;
        Problem p = Problem.of(file, line == null ? 0 : line, "", message == null ? "template error" : message.strip(),
                "correct the template; `build` stops with exit code 3 on this error.");
        return new BuildReport("The build failed: an error in a template", NOTE, List.of(p));
    }

    private static String count(int n) {
        return n == 1 ? "1 problem" : n + " problems";
    }

    /** One line of JSON (no raw line breaks, so it fits one server-sent-event data line). */
    String json() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", title);
        out.put("note", note);
        out.put("problems", problems.stream().map(p -> Map.of("file", p.file(), "line", p.line(), "field", p.field(),
                "message", p.message(), "hint", p.hint())).toList());
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
