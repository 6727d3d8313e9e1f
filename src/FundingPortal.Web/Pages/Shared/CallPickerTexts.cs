using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>The call chooser above the manager's ranking and co-funding pages.</summary>
public sealed class CallPickerTexts : TextSet
{
    public CallPickerTexts()
        : base("CallPicker")
    {
        Add("Label", "Choisir un appel à projets", "Choose a call for proposals");
        Add("Call", "Appel à projets", "Call for proposals");
        Add("Show", "Afficher", "Show");
    }
}
