package io.tsunagu.systemtest;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * When a test fails, every page still open is photographed under
 * target/screenshots/failed/&lt;class&gt;-&lt;method&gt;-&lt;n&gt;.png, before the browser is closed, so the
 * screen the assertion saw is there to look at.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        int n = 0;
        for (Browser browser : Browser.OPEN) {
            List<Page> pages = browser.pages();
            for (Page page : pages) {
                n++;
                try {
                    Browser.screenshot(page, "failed/" + name + "-" + n);
                } catch (RuntimeException e) {
                    // A page that is gone cannot be photographed; the test's own failure is what matters.
                    System.err.println("no failure screenshot of page " + n + " (" + page.url() + "): " + e.getMessage());
                }
            }
        }
    }
}
