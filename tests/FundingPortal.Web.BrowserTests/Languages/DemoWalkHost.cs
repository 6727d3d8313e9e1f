using FundingPortal.Web.BrowserTests.Infrastructure;

namespace FundingPortal.Web.BrowserTests.Languages;

/// <summary>A host seeded with the demo cluster (./run.sh's data): dossiers at every stage, experts, funder officers.</summary>
public sealed class DemoWalkHost : BrowserHost
{
    public const string DemoPassword = "Demo-Pole-2026";

    protected override Task<IEnumerable<(string Key, string Value)>> StartServicesAsync() =>
        Task.FromResult<IEnumerable<(string Key, string Value)>>([("Seed:Demo", "true")]);
}

[CollectionDefinition(Name)]
public sealed class DemoWalkCollection : ICollectionFixture<DemoWalkHost>
{
    public const string Name = "browser, demo walk";
}
