namespace FundingPortal.Web.Pages.Legal;

/// <summary>The footer's links to the information pages, on every page (the layout) and on the host's error pages.</summary>
public static class LegalLinks
{
    /// <summary>Each page's address and its link's key in <see cref="Shared.LayoutTexts"/>.</summary>
    public static readonly IReadOnlyList<(string Path, string Key)> All =
    [
        ("/accessibilite", "FooterAccessibility"),
        ("/mentions-legales", "FooterLegalNotice"),
        ("/donnees-personnelles", "FooterPersonalData"),
        ("/aide", "FooterHelp"),
        ("/verifier", "FooterVerify"),
    ];
}
