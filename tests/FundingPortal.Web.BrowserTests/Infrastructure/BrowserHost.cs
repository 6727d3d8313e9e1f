using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>One application, one database and one headless Debian Chromium for all the browser journeys.</summary>
public class BrowserHost : IAsyncLifetime
{
    private static readonly string[] ChromiumPaths = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private TestDatabase? _database;
    private IPlaywright? _playwright;
    private readonly ConcurrentDictionary<string, string> _sessions = new(StringComparer.OrdinalIgnoreCase);

    public WebFactory Factory { get; private set; } = null!;
    public Uri BaseUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public ApiArrange Api { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("FP_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    public Task InitializeAsync() => StepTimings.Measure("host start-up", StartAsync);

    private async Task StartAsync()
    {
        await StepTimings.Measure("host start-up: database", async () => _database = await TestDatabase.CreateAsync());
        var settings = await StartServicesAsync();
        Factory = new WebFactory(_database!.ConnectionString, settings);
        BaseUrl = StepTimings.MeasureSync("host start-up: application", Factory.Start);
        await OnStartedAsync();
        Api = new ApiArrange(BaseUrl, Factory.Services);

        var executable = ChromiumPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Debian's chromium is missing: apt-get install -y chromium (never 'playwright install').");
        _playwright = await Playwright.CreateAsync();
        Browser = await StepTimings.Measure("host start-up: chromium", () => _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }));
        Directory.CreateDirectory(ScreenshotFolder);

        // The first request to each page compiles its EF queries; on a busy two-core machine that exceeds Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A browser whose preferred language is <paramref name="language"/> (its Accept-Language).</summary>
    public Task<IPage> NewPage(string language = "fr") => StepTimings.Measure("new browser context", () => NewContextPage(language, null));

    /// <summary>
    /// A browser signed in as <paramref name="email"/>: through the sign-in page the first time in this host, then with the
    /// cookies that sign-in left, as a person coming back with the browser still open. The journeys whose subject is
    /// signing in go through the page every time (<see cref="SignInSteps.SignIn"/>). A session the application no longer
    /// accepts (a security stamp changed since) is replaced by a new sign-in through the page.
    /// </summary>
    public async Task<IPage> SignedInPage(string email, string password)
    {
        if (_sessions.TryGetValue(email, out var session))
        {
            var page = await StepTimings.Measure("new browser context", () => NewContextPage("fr", session));
            var account = await StepTimings.Measure("session reused", () => page.Context.APIRequest.GetAsync("/compte", new() { MaxRedirects = 0 }));
            if (account.Status == 200)
            {
                return page;
            }

            await page.Context.CloseAsync();
        }

        var signingIn = await NewPage();
        await SignInSteps.SignIn(signingIn, email, password);
        _sessions[email] = await signingIn.Context.StorageStateAsync();
        return signingIn;
    }

    private async Task<IPage> NewContextPage(string language, string? storageState)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            StorageState = storageState,
            BaseURL = BaseUrl.ToString(),
            Locale = language == "en" ? "en-GB" : "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // An action waits for the navigations it starts. The first single sign-on (four redirects, a back-channel token
        // request, cold code in both hosts) took over 30 s at a load average of 30 on two cores, and then landed right.
        context.SetDefaultTimeout(60_000);
        context.RequestFinished += (_, request) =>
        {
            if (request.ResourceType == "document" && request.Timing.ResponseEnd > 0)
            {
                StepTimings.Add("page load: the document", TimeSpan.FromMilliseconds(request.Timing.ResponseEnd));
            }
        };
        return await context.NewPageAsync();
    }

    /// <summary>Starts what a derived host needs beside the application; returns the settings pointing the application to it.</summary>
    protected virtual Task<IEnumerable<(string Key, string Value)>> StartServicesAsync() => Task.FromResult<IEnumerable<(string Key, string Value)>>([]);

    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    protected virtual Task StopServicesAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        StepTimings.Write(ScreenshotFolder);
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        await StopServicesAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}

/// <summary>A host of its own for journeys that move the clock past a deadline.</summary>
public sealed class ClockMovingHost : BrowserHost;

[CollectionDefinition(Name)]
public sealed class ClockMovingCollection : ICollectionFixture<ClockMovingHost>
{
    public const string Name = "browser, clock moving";
}

/// <summary>
/// A host of its own for the carry-over journey, which moves the clock past its first call's deadline: sharing
/// <see cref="ClockMovingHost"/> would make whichever journey runs second publish a call that has already closed.
/// </summary>
public sealed class CarryOverHost : BrowserHost;

[CollectionDefinition(Name)]
public sealed class CarryOverCollection : ICollectionFixture<CarryOverHost>
{
    public const string Name = "browser, carry-over";
}

/// <summary>A host of its own for the committee journey, which moves the clock past its call's deadline; pages in either language.</summary>
public sealed class CommitteeHost : BrowserHost;

[CollectionDefinition(Name)]
public sealed class CommitteeCollection : ICollectionFixture<CommitteeHost>
{
    public const string Name = "browser, committee";
}

/// <summary>A host of its own for the two-stage journey, which moves the clock past the pre-proposal deadline.</summary>
public sealed class TwoStageHost : BrowserHost;

[CollectionDefinition(Name)]
public sealed class TwoStageCollection : ICollectionFixture<TwoStageHost>
{
    public const string Name = "browser, two-stage call";
}
