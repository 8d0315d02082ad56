package org.clausebook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;
import java.util.Optional;

/**
 * Markdown for contributed content: CommonMark with tables and strikethrough, raw HTML escaped, links resolved
 * through a {@link LinkTarget}. The parser and renderer are built once, from immutable options, and shared; so is
 * the HTML of each text (one renderer per build).
 */
public final class MarkdownRenderer {
    static final LinkTarget NO_TARGET = new LinkTarget() {
        @Override
        public Optional<String> item(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<String> attachment(String name) {
            return Optional.empty();
        }
    };
    static final DataKey<LinkTarget> TARGET = new DataKey<>("CLAUSEBOOK_LINK_TARGET", NO_TARGET);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final RenderCache cache = new RenderCache();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        // Characters a URL may not contain (", space, <, > …) are percent-encoded, so contributed links stay valid HTML.
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.toImmutable();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).linkResolverFactory(new Resolver()).build();
    }

    /** Problems in one Markdown text; {@code baseLine} is the file line of the text's first line. */
    public List<MarkdownProblem> check(String markdown, int baseLine, LinkTarget target) {
        Optional<MarkdownProblem> tooComplex = ParagraphLimits.check(markdown, baseLine);
        if (tooComplex.isPresent()) {
            return List.of(tooComplex.get());
        }
        Document doc;
        try {
            doc = parser.parse(markdown);
        } catch (StackOverflowError e) {
            return List.of(new MarkdownProblem(baseLine, "the Markdown is nested too deeply to render.",
                    "flatten the nested lists or quotes."));
        }
        MarkdownChecker checker = new MarkdownChecker(baseLine, target);
        try {
            checker.visit(doc);
        } catch (StackOverflowError e) {
            return List.of(new MarkdownProblem(baseLine, "the Markdown is nested too deeply to render.",
                    "flatten the nested lists or quotes."));
        }
        return checker.problems();
    }

    /** The Flexmark tree of a Markdown text, from the same parser the pages use (for the office downloads). */
    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * HTML for a Markdown text, links resolved for the page being rendered. Each text is rendered once per renderer
     * (see {@link RenderCache}): the page, the fallback pages, the downloads and the search text share the result.
     */
    public String render(String markdown, LinkTarget target) {
        return cache.get(markdown, target, recording -> {
            Document doc = parser.parse(markdown);
            TARGET.set(doc, recording);
            return renderer.render(doc);
        });
    }

    static boolean isRawHtml(Node node) {
        return node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                || node instanceof HtmlInlineComment;
    }

    static Optional<String> urlOf(Node node) {
        if (node instanceof Link l) {
            return Optional.of(l.getUrl().toString());
        }
        if (node instanceof Image i) {
            return Optional.of(i.getUrl().toString());
        }
        if (node instanceof Reference r) {
            return Optional.of(r.getUrl().toString());
        }
        if (node instanceof AutoLink a) {
            return Optional.of(a.getUrl().toString());
        }
        if (node instanceof MailLink m) {
            return Optional.of("mailto:" + m.getText());
        }
        return Optional.empty();
    }

    /** Rewrites {@code item:} and attachment links; neutralises anything the policy forbids. */
    private static final class Resolver extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            LinkTarget target = TARGET.get(context.getDocument());
            return (node, ctx, link) -> resolve(target, link, link.getLinkType() == LinkType.IMAGE);
        }

        private static ResolvedLink resolve(LinkTarget target, ResolvedLink link, boolean image) {
            String url = link.getUrl();
            Optional<String> resolved = switch (UrlPolicy.classify(url, image)) {
                case ITEM -> {
                    String rest = url.strip().substring(UrlPolicy.ITEM_SCHEME.length());
                    int hash = rest.indexOf('#');
                    String id = hash < 0 ? rest : rest.substring(0, hash);
                    yield target.item(id).map(u -> hash < 0 ? u : u + rest.substring(hash));
                }
                case ATTACHMENT -> target.attachment(url.strip());
                case EXTERNAL, ANCHOR -> Optional.of(url.strip());
                case FORBIDDEN -> Optional.empty();
            };
            return link.withUrl(resolved.orElse("#"));
        }
    }
}
