package org.clausebook.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search page's modules (assets/search/*.js) joined into one file, {@value #BUNDLE}, so that a cold search
 * costs one script request instead of ten. Each module becomes a function scope that returns its exports; a static
 * {@code import { a, b as c } from './m.js'} becomes {@code const { a, b: c } = m}. The modules stay the source
 * (Node runs them in the tests); the bundle is made at build time from them, in dependency order. Only the forms
 * the modules use are supported (single-line named imports, {@code export function|class|const|async function},
 * {@code export { x as y }}); anything else fails the build rather than shipping a broken bundle. Stemmers stay
 * separate files, loaded by {@code import()} for the page's language only.
 */
public final class ScriptBundle {
    public static final String BUNDLE = "search/bundle.js";
    /** The modules, dependencies first; the last is the page's entry point. */
    static final List<String> MODULES = List.of("analyzer", "bm25", "format", "plan", "engine", "facets", "state",
            "highlight", "view", "search");

    private static final Pattern IMPORT = Pattern.compile("^import \\{([^}]*)} from '\\./([a-z0-9]+)\\.js';$");
    private static final Pattern EXPORT_DECL = Pattern.compile("^export (async function|function|class|const) ([A-Za-z_$][\\w$]*)");
    private static final Pattern EXPORT_LIST = Pattern.compile("^export \\{([^}]*)};$");

    private ScriptBundle() {
    }

    /** The bundle made from {@code assets} (path under assets/ → bytes), or null when they hold no search page. */
    public static byte[] of(SortedMap<String, byte[]> assets) {
        if (!assets.containsKey("search/search.js")) {
            return null;
        }
        StringBuilder out = new StringBuilder("// Generated at build time from assets/search/*.js by ScriptBundle. Do not edit.\n");
        for (String module : MODULES) {
            byte[] bytes = assets.get("search/" + module + ".js");
            if (bytes == null) {
                throw new IllegalStateException("assets/search/" + module + ".js is missing");
            }
            out.append(wrap(module, new String(bytes, StandardCharsets.UTF_8)));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String wrap(String module, String source) {
        StringBuilder body = new StringBuilder();
        Map<String, String> exports = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : source.split("\n", -1)) {
            lineNo++;
            Matcher m;
            if ((m = IMPORT.matcher(line)).matches()) {
                List<String> names = new ArrayList<>();
                for (String part : m.group(1).split(",")) {
                    String[] as = part.trim().split("\\s+as\\s+");
                    names.add(as.length == 2 ? as[0] + ": " + as[1] : as[0]);
                }
                body.append("const { ").append(String.join(", ", names)).append(" } = ").append(scope(m.group(2))).append(";\n");
            } else if ((m = EXPORT_LIST.matcher(line)).matches()) {
                for (String part : m.group(1).split(",")) {
                    String[] as = part.trim().split("\\s+as\\s+");
                    exports.put(as.length == 2 ? as[1] : as[0], as[0]);
                }
            } else if ((m = EXPORT_DECL.matcher(line)).find()) {
                exports.put(m.group(2), m.group(2));
                body.append(line.substring("export ".length())).append('\n');
            } else if (line.startsWith("import ") || line.startsWith("export ")) {
                throw new IllegalStateException("assets/search/" + module + ".js:" + lineNo + ": the bundler cannot handle: " + line);
            } else {
                body.append(line).append('\n');
            }
        }
        List<String> returned = new ArrayList<>();
        exports.forEach((name, local) -> returned.add(name.equals(local) ? name : name + ": " + local));
        return "const " + scope(module) + " = (() => {\n" + body + "return { " + String.join(", ", returned) + " };\n})();\n";
    }

    private static String scope(String module) {
        return "module$" + module;
    }
}
