using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>The table of funders' envelopes (the dashboard and the co-funding pages).</summary>
public sealed class FunderLinesTexts : TextSet
{
    public FunderLinesTexts()
        : base("FunderLines")
    {
        Add("Caption", "Enveloppe, aide demandée et accordée, reste disponible", "Envelope, aid requested and granted, amount left");
        Add("Funder", "Financeur", "Funder");
        Add("Envelope", "Enveloppe", "Envelope");
        Add("Requested", "Demandée", "Requested");
        Add("Granted", "Accordée", "Granted");
        Add("Remaining", "Reste", "Left");
        Add("Use", "Consommation", "Used");
        Add("UsedShare", "{0} de l'enveloppe accordés", "{0} of the envelope granted");
    }
}
