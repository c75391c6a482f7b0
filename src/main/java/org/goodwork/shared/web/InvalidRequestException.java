package org.goodwork.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** An API request that failed a business check, with a message per field, answered as problem+json 400. */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequestException(Map<String, String> errors) {
        super("Invalid request");
        this.errors = new LinkedHashMap<>(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
