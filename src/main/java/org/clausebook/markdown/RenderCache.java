package org.clausebook.markdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The HTML of each Markdown text, rendered once per build and shared by everything that shows it: the item page,
 * the fallback pages of the other languages, the version pages, the open data, the downloads and the search text.
 * A text whose rendering asked its {@link LinkTarget} nothing (no {@code item:} or attachment link) is the same
 * HTML on every page and is kept under its text alone; any other under the text and the target's
 * {@link LinkTarget#cacheKey()}. Safe for many threads; two threads may render the same text once each, with the
 * same result. The cache assumes the targets' answers do not change while it lives: a renderer kept across
 * rebuilds (serve) must be replaced when an item is added, removed or moved, since a cached link would not follow.
 */
final class RenderCache {
    private final Map<String, String> neutral = new ConcurrentHashMap<>();
    private final Map<List<Object>, String> targeted = new ConcurrentHashMap<>();

    /** @param render renders the text with a target that records whether it was asked anything */
    String get(String markdown, LinkTarget target, Function<Recording, String> render) {
        String html = neutral.get(markdown);
        if (html != null) {
            return html;
        }
        Object key = target.cacheKey();
        List<Object> both = key == null ? null : List.of(markdown, key);
        if (both != null && (html = targeted.get(both)) != null) {
            return html;
        }
        Recording recording = new Recording(target);
        html = render.apply(recording);
        if (!recording.asked) {
            neutral.putIfAbsent(markdown, html);
        } else if (both != null) {
            targeted.putIfAbsent(both, html);
        }
        return html;
    }

    /** A target that notes whether the renderer asked it anything. One per rendering, on one thread. */
    static final class Recording implements LinkTarget {
        private final LinkTarget target;
        private boolean asked;

        Recording(LinkTarget target) {
            this.target = target;
        }

        @Override
        public Optional<String> item(String id) {
            asked = true;
            return target.item(id);
        }

        @Override
        public Optional<String> attachment(String name) {
            asked = true;
            return target.attachment(name);
        }
    }
}
