package org.clausebook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker, configured once: templates from {@code templates/}, HTML auto-escaping, no locale or time-zone
 * dependence, no access to Java classes from templates. Views are records; their accessors read as properties.
 */
public final class TemplateEngine {
    private final Configuration freemarker;

    public TemplateEngine(Path templatesDir) throws IOException {
        this(templatesDir, Map.of());
    }

    /**
     * @param shared values every template can read by name besides {@code page}, made before rendering (e.g. the
     *               {@code downloads} of the items, which link their files with their sizes)
     */
    public TemplateEngine(Path templatesDir, Map<String, Object> shared) throws IOException {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(templatesDir.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        DefaultObjectWrapper built = wrapper.build();
        cfg.setObjectWrapper(built);
        try {
            cfg.setSharedVariables(shared);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalArgumentException("cannot hand " + shared.keySet() + " to the templates", e);
        }
        this.freemarker = cfg;
    }

    /** Renders {@code template} with the view available as {@code page}. */
    public String render(String template, Object view) throws IOException, TemplateException {
        Template t = freemarker.getTemplate(template);
        StringWriter out = new StringWriter(16 * 1024);
        t.process(Map.of("page", view), out);
        return out.toString();
    }
}
