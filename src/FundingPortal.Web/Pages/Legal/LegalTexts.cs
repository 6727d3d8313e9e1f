using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>What the four information pages share.</summary>
public sealed class LegalTexts : TextSet
{
    public LegalTexts()
        : base("Legal")
    {
        Add("Demonstration", "Portail de démonstration : les informations d'identité de cette page sont des exemples, que le pôle qui exploite le portail remplace par les siennes.",
            "Demonstration portal: the identity details on this page are examples, which the cluster running the portal replaces with its own.");
        Add("Contents", "Sur cette page", "On this page");
    }
}
