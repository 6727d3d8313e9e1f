namespace FundingPortal.Application.Privacy;

/// <summary>How long personal data is kept (configuration section <c>Privacy:Retention</c>, docs/privacy.md).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Privacy:Retention";

    /// <summary>A funded dossier's personal parts, counted from its last decision.</summary>
    public int FundedDossierYears { get; set; } = 10;

    /// <summary>Every other closed dossier (not labelled, not funded, ineligible, withdrawn, not invited), from its last decision or closing.</summary>
    public int OtherDossierYears { get; set; } = 3;

    /// <summary>An account nobody signed in to for this long is anonymised.</summary>
    public int InactiveAccountYears { get; set; } = 3;
}
