package org.goodwork.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so that
 * nobody can learn which ids exist in another organisation.
 */
public class NotFoundException extends ResponseStatusException {

    public NotFoundException() {
        super(HttpStatus.NOT_FOUND);
    }
}
