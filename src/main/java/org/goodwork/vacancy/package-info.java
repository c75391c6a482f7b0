/**
 * Vacancies from employers, their lifecycle, and job quality: the seven-dimension assessment with its
 * score, band and warnings, a value type that job starts reuse.
 */
@ApplicationModule(displayName = "Vacancies and job quality")
package org.goodwork.vacancy;

import org.springframework.modulith.ApplicationModule;
