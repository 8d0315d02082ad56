package org.clausebook.content;

import org.clausebook.config.SiteConfig;
import org.clausebook.diagnostics.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks {@code content/} and reads every item file strictly: known sections only, valid ids and languages,
 * UTF-8 only, size-limited. Attachments are listed; unsafe ones are refused.
 */
final class ContentScanner {
    /** Largest Markdown file accepted. */
    static final int MAX_FILE_BYTES = 512 * 1024;
    /** Largest attachment accepted. */
    static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;
    static final Set<String> ATTACHMENT_TYPES = Set.of("png", "jpg", "jpeg", "gif", "webp", "pdf", "csv", "docx", "xlsx", "odt", "ods");
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CURRENT = Pattern.compile("([a-z]{2})\\.md");
    private static final Pattern FROZEN = Pattern.compile("([0-9]+\\.[0-9]+)\\.([a-z]{2})\\.md");
    private static final Pattern ATTACHMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)*\\.([a-z0-9]+)");
    private static final Set<String> RESERVED = Set.of("site.yaml", "schema");

    /** What the scan found: files to parse, attachments (relative to content/) and problems. */
    record Scan(List<SourceFile> files, List<String> attachments, List<Problem> problems) {
    }

    private ContentScanner() {
    }

    static Scan scan(Path sourceDir, SiteConfig config) {
        return scan(sourceDir, config, ContentLoader.Reuse.never());
    }

    static Scan scan(Path sourceDir, SiteConfig config, ContentLoader.Reuse reuse) {
        Path content = sourceDir.resolve("content");
        List<SourceFile> files = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (Files.isSymbolicLink(content)) {
            problems.add(symlink("content"));
            return new Scan(List.of(), List.of(), problems);
        }
        for (Path top : list(content)) {
            String name = top.getFileName().toString();
            if (RESERVED.contains(name) || name.startsWith(".")) {
                continue;
            }
            if (Files.isSymbolicLink(top)) {
                problems.add(symlink("content/" + name));
                continue;
            }
            if (!Files.isDirectory(top) || config.section(name).isEmpty()) {
                problems.add(Problem.of("content/" + name, 0, "", "not a section of this site.",
                        "sections are " + config.sections().stream().map(s -> s.id()).toList() + " (content/site.yaml)."));
                continue;
            }
            for (Path itemDir : list(top)) {
                scanItem(itemDir, name, config, files, attachments, problems, reuse);
            }
        }
        return new Scan(List.copyOf(files), List.copyOf(attachments), problems);
    }

    private static void scanItem(Path itemDir, String section, SiteConfig config, List<SourceFile> files,
                                 List<String> attachments, List<Problem> problems, ContentLoader.Reuse reuse) {
        String id = itemDir.getFileName().toString();
        String rel = "content/" + section + "/" + id;
        if (Files.isSymbolicLink(itemDir)) {
            problems.add(symlink(rel));
            return;
        }
        if (!Files.isDirectory(itemDir)) {
            problems.add(Problem.of(rel, 0, "", "files must sit in an item folder.",
                    "move it to content/" + section + "/<id>/<lang>.md."));
            return;
        }
        if (!ID.matcher(id).matches() || id.length() > 80) {
            problems.add(Problem.of(rel, 0, "id", "'" + id + "' is not a valid id.",
                    "use lower-case letters, digits and single hyphens, at most 80 characters."));
            return;
        }
        if (config.section(section).map(s -> s.path().isEmpty()).orElse(false) && sitePages(config).contains(id)) {
            problems.add(Problem.of(rel, 0, "id", "'" + id + "' is the address of one of the site's own pages (/<lang>/"
                    + id + "/).", "choose another folder name; the taken ones are " + sitePages(config) + "."));
            return;
        }
        for (Path file : list(itemDir)) {
            String name = file.getFileName().toString();
            if (Files.isSymbolicLink(file)) {
                problems.add(symlink(rel + "/" + name));
                continue;
            }
            if (name.equals("history") && Files.isDirectory(file)) {
                for (Path frozen : list(file)) {
                    if (Files.isSymbolicLink(frozen)) {
                        problems.add(symlink(rel + "/history/" + frozen.getFileName()));
                        continue;
                    }
                    Matcher m = FROZEN.matcher(frozen.getFileName().toString());
                    if (m.matches()) {
                        read(frozen, rel + "/history/" + m.group(0), section, id, m.group(2), Optional.of(m.group(1)), config, files, problems, reuse);
                    } else {
                        problems.add(Problem.of(rel + "/history/" + frozen.getFileName(), 0, "",
                                "a frozen version must be named <version>.<lang>.md.", "for example 1.0.en.md."));
                    }
                }
                continue;
            }
            Matcher m = CURRENT.matcher(name);
            if (m.matches()) {
                read(file, rel + "/" + name, section, id, m.group(1), Optional.empty(), config, files, problems, reuse);
            } else {
                checkAttachment(file, rel + "/" + name, attachments, problems);
            }
        }
    }

    private static void read(Path file, String rel, String section, String id, String lang, Optional<String> version,
                             SiteConfig config, List<SourceFile> files, List<Problem> problems, ContentLoader.Reuse reuse) {
        if (!config.languages().contains(lang)) {
            problems.add(Problem.of(rel, 0, "", "unknown language '" + lang + "'.",
                    "use one of " + config.languages() + " (content/site.yaml)."));
            return;
        }
        try {
            // Stamped before it is read: a change while it is read gives a new stamp next time.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            if (size > MAX_FILE_BYTES) {
                problems.add(Problem.of(rel, 0, "", "the file is " + size + " bytes; the limit is " + MAX_FILE_BYTES + ".",
                        "split it or move long material to an attachment."));
                return;
            }
            var stamp = new ContentLoader.Stamp(size, attributes.lastModifiedTime(), attributes.fileKey());
            ContentLoader.Read read = reuse.file(rel, stamp, () -> decode(file, rel));
            read.problem().ifPresent(problems::add);
            read.text().ifPresent(text -> files.add(new SourceFile(rel, section, id, lang, version, text)));
        } catch (IOException e) {
            problems.add(Problem.of(rel, 0, "", "cannot read the file: " + e.getMessage(), ""));
        } catch (UncheckedIOException e) {
            problems.add(Problem.of(rel, 0, "", "cannot read the file: " + e.getCause().getMessage(), ""));
        }
    }

    /** A file's text, or the problem with its bytes; an {@link UncheckedIOException} when it cannot be read. */
    private static ContentLoader.Read decode(Path file, String rel) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\r\n", "\n");
            var bad = TextChars.firstForbidden(text);
            if (bad.isPresent()) {
                int at = bad.getAsInt();
                int line = 1 + (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count();
                return new ContentLoader.Read(Optional.empty(), Optional.of(Problem.of(rel, line, "",
                        "the file contains the control character or noncharacter " + TextChars.name(text.codePointAt(at))
                                + ", which no web page may contain.",
                        "delete it; editors show it as a box, a question mark or ^ and a letter.")));
            }
            return new ContentLoader.Read(Optional.of(text), Optional.empty());
        } catch (CharacterCodingException e) {
            return new ContentLoader.Read(Optional.empty(), Optional.of(Problem.of(rel, badUtf8Line(Files.exists(file) ? file : null),
                    "", "the file is not valid UTF-8.", "save it as UTF-8 in your editor.")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem symlink(String rel) {
        return Problem.of(rel, 0, "", "symbolic links are not accepted in content.", "commit the file or folder itself.");
    }

    /** First URL segments after the language that the site's own pages use (see render.UrlScheme). */
    private static Set<String> sitePages(SiteConfig config) {
        Set<String> taken = new java.util.TreeSet<>(Set.of("search", "translations"));
        config.sections().stream().map(s -> s.path()).filter(p -> !p.isEmpty()).forEach(taken::add);
        config.taxonomies().forEach(t -> taken.add(t.path()));
        return taken;
    }

    private static void checkAttachment(Path file, String rel, List<String> attachments, List<Problem> problems) {
        String name = file.getFileName().toString();
        Matcher m = ATTACHMENT.matcher(name);
        if (Files.isDirectory(file) || !m.matches() || !ATTACHMENT_TYPES.contains(m.group(2))) {
            problems.add(Problem.of(rel, 0, "", "not an item file or an accepted attachment.",
                    "item files are <lang>.md; attachments are lower-case names of type " + ATTACHMENT_TYPES.stream().sorted().toList()
                            + " (SVG is not accepted because it can carry scripts: convert it to PNG)."));
            return;
        }
        try {
            if (Files.size(file) > MAX_ATTACHMENT_BYTES) {
                problems.add(Problem.of(rel, 0, "", "the attachment is larger than 5 MB.", "compress it or link to where it is published."));
                return;
            }
        } catch (IOException e) {
            problems.add(Problem.of(rel, 0, "", "cannot read the attachment: " + e.getMessage(), ""));
            return;
        }
        attachments.add(rel.substring("content/".length()));
    }

    /** Line of the first byte sequence that is not UTF-8. */
    private static int badUtf8Line(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int line = 1;
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException e) {
                        return line;
                    }
                    line++;
                    start = i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
