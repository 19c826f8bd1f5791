package dev.collabgraph.loader.structure;

import dev.collabgraph.loader.text.Span;

/**
 * The title block: issuer (中共徐州市委 …), document number (徐委发〔2018〕20号), title and date
 * (ISO yyyy-MM-dd). {@code city} is the issuing city (徐州市) when the issuer names one, else "".
 * Any part the document lacks is "" with a null span.
 */
public record DocumentHeader(String issuer, String city, String number, Span numberSpan, String title, Span titleSpan,
                             String date, Span dateSpan) {
}
