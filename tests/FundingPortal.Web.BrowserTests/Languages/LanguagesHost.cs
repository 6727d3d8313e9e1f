using FundingPortal.Domain.Organisations;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Languages;

/// <summary>
/// A host of its own for the walks in both languages and the English expert's journey: the journey moves the clock past
/// the deadline, so the call both use is published once, first, whichever test runs first.
/// </summary>
public sealed class LanguagesHost : BrowserHost
{
    public const string CallTitle = "Appel Océan numérique 2027";
    public const string Acronym = "HOULE-IA";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (Guid CallId, Guid DossierId, string Reference)? _arranged;

    /// <summary>The regions' names, the same in both languages (proper names, as the labels keep them).</summary>
    public static IEnumerable<string> RegionNames => Regions.Codes.Select(Regions.NameOf);

    /// <summary>Names the pages show as data, never as page text: the call, the dossier, the organisations the arrangement creates.</summary>
    public static string[] Data => [CallTitle, Acronym, "FUI-Régions", $"{Acronym} Systèmes SAS", $"Laboratoire {Acronym}", $"{Acronym} Industrie", "Pays de la Loire", "Jumeau numérique des réseaux portuaires", .. RegionNames];

    public async Task<(Guid CallId, Guid DossierId, string Reference)> Arranged()
    {
        await _gate.WaitAsync();
        try
        {
            if (_arranged is null)
            {
                var callId = await Api.PublishedCall(CallTitle);
                var (dossierId, reference) = await Api.SubmittedDossier(callId, Acronym);
                _arranged = (callId, dossierId, reference);
            }

            return _arranged.Value;
        }
        finally
        {
            _gate.Release();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LanguagesCollection : ICollectionFixture<LanguagesHost>
{
    public const string Name = "browser, languages";
}
