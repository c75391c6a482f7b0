package org.goodwork.vacancy;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The standards a job is held to that change over time: the real Living Wage rate, set by the
 * Living Wage Foundation each autumn and configured as {@code goodwork.job-quality.real-living-wage}.
 */
@Service
public class JobQualityStandard {

    private final BigDecimal realLivingWage;

    JobQualityStandard(@Value("${goodwork.job-quality.real-living-wage}") BigDecimal realLivingWage) {
        if (realLivingWage.signum() <= 0) {
            throw new IllegalArgumentException("goodwork.job-quality.real-living-wage must be more than zero");
        }
        this.realLivingWage = realLivingWage;
    }

    /** Pounds an hour. */
    public BigDecimal realLivingWage() {
        return realLivingWage;
    }

    /** Pay below the real Living Wage and zero-hours contracts; either may be null when not known. */
    public List<JobQuality.Warning> warnings(BigDecimal hourlyPay, ContractType contractType) {
        return JobQuality.warnings(hourlyPay, contractType, realLivingWage);
    }
}
