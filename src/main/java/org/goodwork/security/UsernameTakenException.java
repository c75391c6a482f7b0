package org.goodwork.security;

public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username " + username + " is already in use");
    }
}
