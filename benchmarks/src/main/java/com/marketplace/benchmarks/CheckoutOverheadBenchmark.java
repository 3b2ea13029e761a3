package com.marketplace.benchmarks;

import com.marketplace.benchmarks.support.BenchShop;
import com.marketplace.benchmarks.support.Latencies;
import com.marketplace.benchmarks.support.PhaseProfiler;
import com.marketplace.benchmarks.support.Report;
import com.marketplace.testsupport.ApiClient.Reply;
import com.marketplace.testsupport.SandboxScenarios;
import com.stripe.param.checkout.SessionCreateParams;

/**
 * What a Buy click costs the platform: {@code POST /api/checkout} one after another (order row,
 * fee, Checkout Session at the sandbox, which answers at once from the same JVM), against the
 * sandbox's own time for the same session created directly through stripe-java. The difference is
 * the platform's overhead.
 */
final class CheckoutOverheadBenchmark {

    private static final int WARM_UP = 200;
    private static final int MEASURED = 1_000;

    private final BenchShop shop;
    private final Report report;
    private final long marketplacePid;

    CheckoutOverheadBenchmark(BenchShop shop, Report report, long marketplacePid) {
        this.shop = shop;
        this.report = report;
        this.marketplacePid = marketplacePid;
    }

    void run(long productId, String sellerAccount) throws Exception {
        report.section("Checkout creation, sandbox answering instantly (" + MEASURED + " sequential)");
        Latencies checkout = new Latencies();
        for (int i = 0; i < WARM_UP; i++) {
            checkoutOnce(productId);
        }
        try (PhaseProfiler profile = new PhaseProfiler(marketplacePid, "checkout", Benchmark.OUTPUT)) {
            for (int i = 0; i < MEASURED; i++) {
                long started = System.nanoTime();
                checkoutOnce(productId);
                checkout.add(System.nanoTime() - started);
            }
        }
        SandboxScenarios scenarios = new SandboxScenarios(shop.stripe());
        Latencies sandbox = new Latencies();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            SessionCreateParams params = scenarios.sessionFor(2500, "eur", 1)
                    .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setApplicationFeeAmount(250L)
                            .setTransferData(SessionCreateParams.PaymentIntentData.TransferData.builder().setDestination(sellerAccount).build())
                            .build())
                    .build();
            long started = System.nanoTime();
            shop.stripe().client().checkout().sessions().create(params);
            long elapsed = System.nanoTime() - started;
            if (i >= WARM_UP) {
                sandbox.add(elapsed);
            }
        }
        reportFigures(checkout, sandbox);
    }

    private void checkoutOnce(long productId) {
        Reply reply = shop.checkout(productId, 1);
        if (reply.status() != 201) {
            throw new IllegalStateException("checkout refused during the benchmark: HTTP " + reply.status() + " " + reply.body());
        }
    }

    private void reportFigures(Latencies checkout, Latencies sandbox) {
        report.figure("POST /api/checkout p50", checkout.percentileMillis(50), "ms");
        report.figure("POST /api/checkout p99", checkout.percentileMillis(99), "ms");
        report.figure("sandbox session create alone p50", sandbox.percentileMillis(50), "ms");
        report.figure("sandbox session create alone p99", sandbox.percentileMillis(99), "ms");
        report.figure("checkout overhead p50 (platform minus sandbox)", checkout.percentileMillis(50) - sandbox.percentileMillis(50), "ms");
        report.atMost("checkout overhead p99 (platform minus sandbox)", checkout.percentileMillis(99) - sandbox.percentileMillis(99), "ms", 20);
    }
}
