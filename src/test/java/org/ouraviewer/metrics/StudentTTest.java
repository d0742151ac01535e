package org.ouraviewer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The t quantiles against printed tables and, for odd degrees of freedom, scipy.stats.t.ppf. */
class StudentTTest {
    @Test
    void quantilesMatchTheTables() {
        assertEquals(12.7062, StudentT.quantile(0.975, 1), 1e-4);
        assertEquals(4.3027, StudentT.quantile(0.975, 2), 1e-4);
        assertEquals(2.2281, StudentT.quantile(0.975, 10), 1e-4);
        assertEquals(2.0423, StudentT.quantile(0.975, 30), 1e-4);
        // to 1e-9, against scipy 1.17: stats.t.ppf(0.975, df)
        assertEquals(12.706204736174694, StudentT.quantile(0.975, 1), 1e-9);
        assertEquals(4.302652729749462, StudentT.quantile(0.975, 2), 1e-9);
        assertEquals(3.1824463052837078, StudentT.quantile(0.975, 3), 1e-9);
        assertEquals(2.5705818356363146, StudentT.quantile(0.975, 5), 1e-9);
        assertEquals(2.228138851986274, StudentT.quantile(0.975, 10), 1e-9);
        assertEquals(2.0422724563012378, StudentT.quantile(0.975, 30), 1e-9);
    }

    @Test
    void nonIntegerDegreesOfFreedomAsWelchGivesThem() {
        assertEquals(3.5746548420036817, StudentT.quantile(0.975, 2.5), 1e-9);
        assertEquals(2.4784713087006094, StudentT.quantile(0.975, 5.7), 1e-9);
        assertEquals(1.9793749463174197, StudentT.quantile(0.975, 123.4), 1e-9);
        assertEquals(164.55767348048818, StudentT.quantile(0.975, 0.5), 1e-6);
        assertEquals(1.959966356814107, StudentT.quantile(0.975, 1e6), 1e-9, "towards the normal 1.95996");
    }

    @Test
    void otherProbabilitiesAndTheDistributionFunction() {
        assertEquals(1.533206274058944, StudentT.quantile(0.9, 4), 1e-9);
        assertEquals(3.4994832973504924, StudentT.quantile(0.995, 7), 1e-9);
        assertEquals(-2.228138851986274, StudentT.quantile(0.025, 10), 1e-9, "symmetric");
        assertEquals(0, StudentT.quantile(0.5, 3));
        assertEquals(0.8887484016403541, StudentT.cdf(1.5, 3.3), 1e-12);
        assertEquals(0.04025811897863131, StudentT.cdf(-2, 8), 1e-12);
        assertEquals(0.5, StudentT.cdf(0, 4), 1e-15);
        for (double df : new double[] {1, 1.7, 9, 44.4}) {
            assertEquals(0.975, StudentT.cdf(StudentT.quantile(0.975, df), df), 1e-13);
        }
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1, 3));
        assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(0.9, 0));
    }

    @Test
    void logGammaOfKnownValues() {
        assertEquals(0, StudentT.logGamma(1), 1e-14);
        assertEquals(0, StudentT.logGamma(2), 1e-14);
        assertEquals(Math.log(Math.sqrt(Math.PI)), StudentT.logGamma(0.5), 1e-14);
        assertEquals(Math.log(362880), StudentT.logGamma(10), 1e-12);
    }
}
