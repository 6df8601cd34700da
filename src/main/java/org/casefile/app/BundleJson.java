package org.casefile.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON of backup manifests and case bundles: strict about trailing text, lenient about fields a newer version
 * adds. A class of its own so Jackson (some 370 classes) loads when a bundle is written or read, not with every
 * command that opens the library.
 */
final class BundleJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private BundleJson() {
    }
}
