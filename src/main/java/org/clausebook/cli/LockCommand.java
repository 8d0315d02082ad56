package org.clausebook.cli;

import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.ProblemFormat;
import org.clausebook.site.SiteBuilder;
import org.clausebook.versions.Bump;
import org.clausebook.versions.TextHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "lock", mixinStandardHelpOptions = true,
        description = {"Records the hash of an item's current text for its current version, without a new version.",
                "For corrections that change no meaning (a typo in the source text). Anything a buyer could read "
                        + "differently needs a new version: use bump."})
final class LockCommand implements Callable<Integer> {
    @Mixin
    SourceOption source;

    @Parameters(paramLabel = "SECTION/ID", arity = "1..*", description = "the items, e.g. criteria/extended-warranty")
    List<String> targets;

    @Override
    public Integer call() throws Exception {
        return release(source, () -> {
            for (String target : targets) {
                Bump.Result r = Bump.lock(source.dir(), target);
                System.out.println(r.item() + "@" + r.newVersion() + "#" + TextHash.shortForm(r.hash()) + "  (wrote " + r.written().get(0) + ")");
            }
        });
    }

    /** A change to content files. */
    @FunctionalInterface
    interface Release {
        void run() throws ContentException, java.io.IOException;
    }

    /** Runs a release, reports its problems with file and line, then checks the whole site. */
    static int release(SourceOption source, Release release) throws java.io.IOException {
        try {
            release.run();
            return recheck(source);
        } catch (ContentException e) {
            System.out.print(ProblemFormat.TEXT.render(e.problems()));
            return Main.CONTENT_ERRORS;
        } catch (IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
    }

    /** Checks the whole site after files were changed, so a release never leaves it broken unnoticed. */
    static int recheck(SourceOption source) {
        try {
            SiteBuilder.check(source.dir(), true, "check");
            return 0;
        } catch (ContentException e) {
            System.out.println("The site now has problems:");
            System.out.print(ProblemFormat.TEXT.render(e.problems()));
            return Main.CONTENT_ERRORS;
        }
    }
}
