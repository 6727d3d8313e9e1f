using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>One application, one database and one headless Debian Chromium for all the browser journeys.</summary>
public class BrowserHost : IAsyncLifetime
{
    private static readonly string[] ChromiumPaths = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private TestDatabase? _database;
    private IPlaywright? _playwright;

    public WebFactory Factory { get; private set; } = null!;
    public Uri BaseUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public ApiArrange Api { get; private set; } = null!;

    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("FP_SCREENSHOTS")
        ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Factory = new WebFactory(_database.ConnectionString, await StartServicesAsync());
        BaseUrl = Factory.Start();
        await OnStartedAsync();
        Api = new ApiArrange(BaseUrl, Factory.Services);

        var executable = ChromiumPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Debian's chromium is missing: apt-get install -y chromium (never 'playwright install').");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);

        // The first request to each page compiles its EF queries; on a busy two-core machine that exceeds Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A browser whose preferred language is <paramref name="language"/> (its Accept-Language).</summary>
    public async Task<IPage> NewPage(string language = "fr")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = language == "en" ? "en-GB" : "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // An action waits for the navigations it starts. The first single sign-on (four redirects, a back-channel token
        // request, cold code in both hosts) took over 30 s at a load average of 30 on two cores, and then landed right.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Starts what a derived host needs beside the application; returns the settings pointing the application to it.</summary>
    protected virtual Task<IEnumerable<(string Key, string Value)>> StartServicesAsync() => Task.FromResult<IEnumerable<(string Key, string Value)>>([]);

    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    protected virtual Task StopServicesAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
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
