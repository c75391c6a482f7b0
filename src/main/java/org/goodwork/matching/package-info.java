/**
 * Matching people and vacancies in both directions, with hard constraints that exclude, soft scores
 * that rank "good jobs first", and an explanation for every result; the participant's response, and
 * the applications pipeline from suggestion to start.
 */
@ApplicationModule(displayName = "Matching")
package org.goodwork.matching;

import org.springframework.modulith.ApplicationModule;
