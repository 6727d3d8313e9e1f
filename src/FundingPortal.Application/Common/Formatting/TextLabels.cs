using System.Globalization;
using FundingPortal.Application.Common.Formatting.English;
using FundingPortal.Application.Common.Formatting.French;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using DocumentKindValue = FundingPortal.Domain.Documents.DocumentKind;
using DocumentStatusValue = FundingPortal.Domain.Documents.DocumentStatus;
using FunderKindValue = FundingPortal.Domain.Funders.FunderKind;

namespace FundingPortal.Application.Common.Formatting;

/// <summary>The names people read for the portal's values (statuses, categories, regions…), in one language: the same on the pages and in the documents.</summary>
public abstract class TextLabels
{
    public static TextLabels French { get; } = new FrenchLabels();

    public static TextLabels English { get; } = new EnglishLabels();

    /// <summary>The labels of a culture's language; French for any language other than English.</summary>
    public static TextLabels For(CultureInfo culture) => For(culture.TwoLetterISOLanguageName);

    /// <summary>The labels of a language code ("fr", "en"); French for any other.</summary>
    public static TextLabels For(string language) => language == "en" ? English : French;

    public abstract string Category(OrganisationCategory category);

    /// <summary>A region's name from its ISO 3166-2 code (the code itself when unknown).</summary>
    public abstract string Region(string code);

    public abstract string FunderKind(FunderKindValue kind);

    public abstract string Status(CallStatus status);

    public abstract string Status(ProposalStatus status);

    public abstract string DocumentKind(DocumentKindValue kind);

    public abstract string DocumentStatus(DocumentStatusValue status);

    public abstract string Assignment(AssignmentStatus status);

    public abstract string DeclineReason(Domain.Reviews.DeclineReason reason);

    /// <summary>An expert's recommendation, or a dash when there is none yet.</summary>
    public abstract string Recommendation(Domain.Reviews.Recommendation? recommendation);

    public abstract string Outcome(LabellingOutcome outcome);

    /// <summary>A funding instrument, or a dash when none was chosen.</summary>
    public abstract string Instrument(FundingInstrument? instrument);

    /// <summary>A funder's decision, or "awaiting a decision" when there is none yet.</summary>
    public abstract string FundingDecision(Domain.CoFunding.FundingDecision? decision);

    public abstract string FundingOutcome(Domain.CoFunding.FundingOutcome outcome);

    public abstract string Role(PartnerRole role);

    public abstract string AttachmentKind(Domain.Proposals.AttachmentKind kind);
}
