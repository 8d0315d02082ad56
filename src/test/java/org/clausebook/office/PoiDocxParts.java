package org.clausebook.office;

import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The styles and numbering parts of the .docx downloads, parsed once per language (styles) and per list shape
 * (numbering) for one run of the downloads stage; each document gets its own copy, so documents made on several
 * threads share nothing they change. Parsing the same XML again for every document was a fifth of the stage.
 */
final class PoiDocxParts {
    private final Map<String, CTStyles> styles = new ConcurrentHashMap<>();
    private final Map<String, CTNumbering> numbering = new ConcurrentHashMap<>();

    /** A fresh copy of the styles part for {@code lang}. */
    CTStyles styles(String lang) throws XmlException {
        CTStyles parsed = styles.get(lang);
        if (parsed == null) {
            parsed = StylesDocument.Factory.parse(OoxmlParts.styles(lang)).getStyles();
            styles.putIfAbsent(lang, parsed);
        }
        return (CTStyles) parsed.copy();
    }

    /** A fresh copy of the numbering part for {@code lists} (ordered flag and start of each list). */
    CTNumbering numbering(List<int[]> lists) throws XmlException {
        String key = lists.stream().map(l -> l[0] + ":" + l[1]).collect(Collectors.joining(","));
        CTNumbering parsed = numbering.get(key);
        if (parsed == null) {
            parsed = NumberingDocument.Factory.parse(OoxmlParts.numbering(lists)).getNumbering();
            numbering.putIfAbsent(key, parsed);
        }
        return (CTNumbering) parsed.copy();
    }
}
