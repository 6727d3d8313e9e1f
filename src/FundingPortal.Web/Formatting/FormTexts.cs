using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Formatting;

/// <summary>What model binding says about a value it cannot read, on every form.</summary>
public sealed class FormTexts : TextSet
{
    public FormTexts()
        : base("Form")
    {
        Add("InvalidValue", "« {0} » n'est pas une valeur valide.", "“{0}” is not a valid value.");
        Add("NumberExpected", "Saisissez un nombre.", "Enter a number.");
        Add("Required", "Ce champ est obligatoire.", "This field is required.");
        Add("Invalid", "Valeur invalide.", "Invalid value.");
    }
}
