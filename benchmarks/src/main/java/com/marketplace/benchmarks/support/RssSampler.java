package com.marketplace.benchmarks.support;

import com.marketplace.testsupport.MarketplaceProcess;

/** Samples a process's resident memory every 100 ms while a phase runs; keeps the peak. */
public final class RssSampler implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakKilobytes;

    public RssSampler(MarketplaceProcess process) {
        sampler = new Thread(() -> {
            while (running) {
                peakKilobytes = Math.max(peakKilobytes, process.residentKilobytes());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public double peakMegabytes() {
        return peakKilobytes / 1024.0;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
