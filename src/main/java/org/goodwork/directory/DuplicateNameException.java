package org.goodwork.directory;

/** Another organisation, or another team in the same organisation, already has this name. */
public class DuplicateNameException extends RuntimeException {

    public DuplicateNameException(String message) {
        super(message);
    }
}
