package org.clausebook.cli;

import org.clausebook.versions.Bump;
import org.clausebook.versions.TextHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

@Command(name = "bump", mixinStandardHelpOptions = true,
        description = {"Releases a new version of an item: freezes the current files into history/, raises the version "
                + "(MINOR, or MAJOR with --major), adds the change note with the date and the new text's hash.",
                "Edit the text first, then bump. Translations keep following the version they were made from."})
final class BumpCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "SECTION/ID", description = "the item, e.g. clauses/labour-rights-code")
    String target;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "what changed and why, for the change history")
    String note;

    @Option(names = "--major", description = "raise MAJOR (what a buyer asks for changes) instead of MINOR (wording)")
    boolean major;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date of the new version (default: today, UTC)")
    LocalDate date;

    @Override
    public Integer call() throws Exception {
        return LockCommand.release(source, () -> {
            Bump.Result r = Bump.bump(source.dir(), target, note, major, date != null ? date : LocalDate.now(ZoneOffset.UTC),
                    new GitRevision(source.dir()));
            System.out.println(r.item() + ": " + r.oldVersion() + " → " + r.newVersion() + "  (" + r.item() + "@" + r.newVersion()
                    + "#" + TextHash.shortForm(r.hash()) + ")");
            r.written().forEach(f -> System.out.println("  wrote " + f));
        });
    }
}
