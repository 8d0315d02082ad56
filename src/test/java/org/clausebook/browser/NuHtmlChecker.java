package org.clausebook.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu), in-process: the full HTML schema plus the checker's
 * Java checks, no network. One instance checks many documents in turn; it is not thread-safe.
 */
public final class NuHtmlChecker {
    /** The schema the checker's own command line uses for HTML. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    static {
        // The checker logs through log4j 1.x; without an appender log4j prints a warning on every run.
        org.apache.log4j.Logger.getRootLogger().addAppender(new org.apache.log4j.varia.NullAppender());
    }

    public NuHtmlChecker() {
        try {
            // initializeLog4j=false, loadEntities=false, noLanguageDetection=true (language detection is a warning only)
            validator = new SimpleDocumentValidator(false, false, true);
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu HTML Checker: " + e, e);
        }
        collector.messages.clear();
    }

    /** Errors (not warnings) in one HTML document, each as {@code line:column: message}. */
    public List<String> errors(String systemId, byte[] html) {
        collector.messages.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setSystemId(systemId);
        source.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            collector.add(e);
        } catch (SAXException | IOException e) {
            collector.messages.add("0:0: the checker failed: " + e);
        }
        return List.copyOf(collector.messages);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        void add(SAXParseException e) {
            messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings are advice, not errors
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }
    }
}
