package org.clausebook.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The CI files are code that only runs on someone else's machine, so they are checked here, offline: every GitHub
 * workflow (the repository's own and the one {@code deploy/} offers to copy) is valid against SchemaStore's workflow
 * schema (vendored in {@code src/test/resources/deploy/}), pins every action to a version, and runs the commands
 * the README documents, with the options the README documents, no others.
 */
class WorkflowFilesTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** {@code owner/name[/path]@v1}, {@code @v1.2}, {@code @v1.2.3} or a full 40-hex commit; never a branch. */
    static final Pattern PINNED = Pattern.compile("^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@(v\\d+(\\.\\d+){0,2}|[0-9a-f]{40})$");

    static List<Path> workflows() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(REPO.resolve(".github/workflows"))) {
            s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path pages = REPO.resolve("deploy/github-pages.yml");
        if (Files.exists(pages)) {
            files.add(pages);
        }
        return files;
    }

    @Test
    void thereIsAPullRequestWorkflow() {
        assertTrue(workflows().stream().anyMatch(p -> p.endsWith("pull-request.yml")), "missing .github/workflows/pull-request.yml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void isValidAgainstTheGitHubWorkflowSchema(Path file) {
        Set<ValidationMessage> errors = schemaErrors(read(file));
        assertTrue(errors.isEmpty(), REPO.relativize(file) + " is not a valid GitHub workflow:\n"
                + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void pinsEveryActionToAVersion(Path file) {
        List<String> uses = uses(read(file));
        assertFalse(uses.isEmpty(), file + " uses no action");
        List<String> unpinned = uses.stream().filter(u -> !u.startsWith("./") && !PINNED.matcher(u).matches()).toList();
        assertEquals(List.of(), unpinned, REPO.relativize(file) + ": pin every action to a version tag (actions/checkout@v4.2.2), never a branch");
    }

    @Test
    void theChecksCatchABrokenWorkflowAndABranchPin() throws IOException {
        JsonNode broken = YAML.readTree("""
                on: pull_request
                jobs:
                  check:
                    runs-on: ubuntu-24.04
                    step:
                      - uses: actions/checkout@main
                """);
        assertFalse(schemaErrors(broken).isEmpty(), "the schema must reject 'step:'");
        assertFalse(PINNED.matcher("actions/checkout@main").matches());
        assertFalse(PINNED.matcher("actions/checkout@master").matches());
        assertTrue(PINNED.matcher("actions/checkout@v4.2.2").matches());
        assertTrue(PINNED.matcher("actions/upload-pages-artifact@v3").matches());
    }

    /** Every ./mvnw and clausebook command of the CI files is one the README shows, with options the README names. */
    @Test
    void theCiFilesRunTheReadmesCommands() {
        Readme readme = Readme.read();
        List<Command> commands = ciCommands();
        List<String> problems = new ArrayList<>();
        for (Command c : commands) {
            problems.addAll(readme.check(c));
        }
        assertEquals(List.of(), problems, "CI runs commands the README does not document; change the README or the CI file");

        assertTrue(commands.stream().anyMatch(c -> c.isMaven() && c.goals().equals(List.of("package")) && c.words().contains("-DskipTests")),
                "CI must build the jar with the README's command: ./mvnw -q -DskipTests package");
        assertTrue(commands.stream().anyMatch(c -> c.raw().equals(readme.testCommand())),
                "CI must run the README's test command exactly: " + readme.testCommand());
        for (String sub : List.of("validate", "build")) {
            assertTrue(commands.stream().anyMatch(c -> !c.isMaven() && c.words().get(0).equals(sub)),
                    "CI must run java -jar target/clausebook.jar " + sub);
        }
        assertTrue(commands.stream().anyMatch(c -> c.raw().contains("validate --format github")),
                "the pull-request workflow must print validate's problems as GitHub annotations (--format github)");
    }

    @Test
    void aCommandTheReadmeDoesNotShowIsReported() {
        Readme readme = Readme.read();
        assertFalse(readme.check(commands("x", "./mvnw -B install").get(0)).isEmpty(), "goal install");
        assertFalse(readme.check(commands("x", "./mvnw -B -DskipTestz package").get(0)).isEmpty(), "-DskipTestz");
        assertFalse(readme.check(commands("x", "java -jar target/clausebook.jar validate --format junit").get(0)).isEmpty(), "junit");
        assertFalse(readme.check(commands("x", "java -jar target/clausebook.jar publish").get(0)).isEmpty(), "publish");
        assertEquals(List.of(), readme.check(commands("x", "java -jar target/clausebook.jar build --out public").get(0)));
        assertEquals(List.of(), readme.check(commands("x", "./clausebook build --out public").get(0)), "the launcher");
        assertFalse(readme.check(commands("x", "./clausebook build --outt public").get(0)).isEmpty(), "the launcher, --outt");
    }

    @Test
    void theGitlabFileIsValidYamlWithAPagesJobForTheDefaultBranch() {
        JsonNode gitlab = read(REPO.resolve(".gitlab-ci.yml"));
        JsonNode pages = gitlab.path("pages");
        assertTrue(pages.isObject(), ".gitlab-ci.yml has no job 'pages'");
        assertEquals("public/", pages.path("artifacts").path("paths").path(0).asText());
        assertTrue(pages.path("rules").toString().contains("CI_DEFAULT_BRANCH"), "pages runs on the default branch only");
    }

    // ---------------------------------------------------------------------------------------------------------

    record Command(String source, String raw, List<String> words) {
        boolean isMaven() {
            return raw.startsWith("./mvnw");
        }

        List<String> goals() {
            return words.stream().filter(w -> !w.startsWith("-")).toList();
        }

        List<String> options() {
            return words.stream().filter(w -> w.startsWith("-")).toList();
        }
    }

    /** Parses one shell line into the ./mvnw or clausebook commands ({@code ./clausebook} or {@code java -jar …}) on it (split at {@code &&} and {@code ;}). */
    static List<Command> commands(String source, String line) {
        List<Command> out = new ArrayList<>();
        String code = line.replaceAll("\\s+#.*$", "").strip();
        for (String part : code.split("&&|;|\\|\\|")) {
            List<String> t = Arrays.stream(part.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            if (t.isEmpty()) {
                continue;
            }
            String raw = String.join(" ", t);
            if (t.get(0).equals("./mvnw")) {
                List<String> words = t.subList(1, t.size()).stream()
                        .filter(w -> !Set.of("-B", "-q", "--batch-mode", "--quiet").contains(w)).toList();
                out.add(new Command(source, raw, words));
            } else if (t.get(0).equals("./clausebook") && t.size() > 1) {
                out.add(new Command(source, raw, t.subList(1, t.size())));
            } else if (t.get(0).equals("java") && t.contains("-jar")) {
                int jar = t.indexOf("-jar");
                if (jar + 2 < t.size() && t.get(jar + 1).endsWith("clausebook.jar")) {
                    out.add(new Command(source, raw, t.subList(jar + 2, t.size())));
                }
            }
        }
        return out;
    }

    /** The commands of every run: step and GitLab script line, with {@code bash .ci/run} read through. */
    static List<Command> ciCommands() {
        List<Command> out = new ArrayList<>();
        for (Path file : workflows()) {
            read(file).path("jobs").forEach(job -> job.path("steps").forEach(step -> {
                if (step.has("run")) {
                    runLines(REPO.relativize(file).toString(), step.path("run").asText(), out);
                }
            }));
        }
        JsonNode gitlab = read(REPO.resolve(".gitlab-ci.yml"));
        gitlab.fields().forEachRemaining(job -> {
            for (String key : List.of("before_script", "script")) {
                job.getValue().path(key).forEach(line -> runLines(".gitlab-ci.yml", line.asText(), out));
            }
        });
        return out;
    }

    private static void runLines(String source, String script, List<Command> out) {
        for (String line : script.split("\n")) {
            if (line.strip().matches("(bash\\s+)?\\.ci/run")) {
                try {
                    for (String ci : Files.readAllLines(REPO.resolve(".ci/run"))) {
                        out.addAll(commands(source + " → .ci/run", ci));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.addAll(commands(source, line));
            }
        }
    }

    /** The README's commands: its shell blocks, and its command table (subcommand → the options it lists). */
    record Readme(String text, List<Command> shown, Map<String, String> table) {
        private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
        private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)([^`]*)` \\|", Pattern.MULTILINE);

        static Readme read() {
            String text;
            try {
                text = Files.readString(REPO.resolve("README.md"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Command> shown = new ArrayList<>();
            Matcher m = SH_BLOCK.matcher(text);
            while (m.find()) {
                for (String line : m.group(1).split("\n")) {
                    shown.addAll(commands("README.md", line));
                }
            }
            Map<String, String> table = new LinkedHashMap<>();
            Matcher r = ROW.matcher(text);
            while (r.find()) {
                table.put(r.group(1), r.group(2));
            }
            return new Readme(text, shown, table);
        }

        String testCommand() {
            return shown.stream().filter(c -> c.isMaven() && c.goals().equals(List.of("verify"))).map(Command::raw)
                    .findFirst().orElseThrow(() -> new AssertionError("README.md shows no ./mvnw … verify command"));
        }

        List<String> check(Command c) {
            List<String> problems = new ArrayList<>();
            if (c.isMaven()) {
                if (shown.stream().noneMatch(s -> s.isMaven() && s.goals().equals(c.goals()))) {
                    problems.add(c.source() + ": '" + c.raw() + "': the README shows no ./mvnw command with the goals " + c.goals());
                }
                for (String option : c.options()) {
                    if (!option.startsWith("-Dmaven.repo.local=") && !text.contains(option)) {
                        problems.add(c.source() + ": '" + c.raw() + "': option " + option + " is not in the README");
                    }
                }
            } else {
                String sub = c.words().isEmpty() ? "" : c.words().get(0);
                String row = table.get(sub);
                if (row == null) {
                    problems.add(c.source() + ": '" + c.raw() + "': the README's command table has no '" + sub + "'");
                    return problems;
                }
                for (String word : c.words().subList(1, c.words().size())) {
                    boolean isValueOfPath = word.matches("[a-z/._-]+") && !word.startsWith("-") && !row.contains(word);
                    if (word.startsWith("--") && !row.contains(word)) {
                        problems.add(c.source() + ": '" + c.raw() + "': option " + word + " is not in the README's row for " + sub);
                    } else if (isValueOfPath && c.words().indexOf(word) > 0
                            && c.words().get(c.words().indexOf(word) - 1).equals("--format")) {
                        problems.add(c.source() + ": '" + c.raw() + "': format " + word + " is not in the README's row for " + sub);
                    }
                }
            }
            return problems;
        }
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> uses(JsonNode workflow) {
        List<String> out = new ArrayList<>();
        workflow.path("jobs").forEach(job -> {
            if (job.has("uses")) {
                out.add(job.path("uses").asText());
            }
            job.path("steps").forEach(step -> {
                if (step.has("uses")) {
                    out.add(step.path("uses").asText());
                }
            });
        });
        return out;
    }

    private static JsonSchema schema;

    static synchronized Set<ValidationMessage> schemaErrors(JsonNode workflow) {
        if (schema == null) {
            try (InputStream in = WorkflowFilesTest.class.getResourceAsStream("/deploy/github-workflow.schema.json")) {
                if (in == null) {
                    fail("src/test/resources/deploy/github-workflow.schema.json is missing");
                }
                JsonNode root = new ObjectMapper().readTree(in);
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                        .getSchema(SchemaLocation.of(root.path("$id").asText()), root, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(workflow);
    }
}
