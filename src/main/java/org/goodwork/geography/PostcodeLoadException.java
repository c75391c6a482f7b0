package org.goodwork.geography;

import java.util.List;

/** Why a postcode file was refused, line by line, with nothing saved. */
public class PostcodeLoadException extends RuntimeException {

    /** A file full of problems is stopped here: fixing the first ones usually fixes the rest. */
    public static final int MOST_PROBLEMS_LISTED = 100;

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PostcodeLoadException(List<String> problems) {
        super("The postcode file was not loaded: "
                + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        this.problems = List.copyOf(problems);
    }

    /** What is wrong, in the order found; at most {@link #MOST_PROBLEMS_LISTED}. */
    public List<String> problems() {
        return problems;
    }
}
