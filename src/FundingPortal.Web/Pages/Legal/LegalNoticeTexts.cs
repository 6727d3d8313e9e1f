using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Legal;

/// <summary>The legal notice (<c>/mentions-legales</c>).</summary>
public sealed class LegalNoticeTexts : TextSet
{
    public LegalNoticeTexts()
        : base("LegalNotice")
    {
        Add("Title", "Mentions légales", "Legal notice");
        Add("PublisherHeading", "Éditeur", "Publisher");
        Add("PublisherIntro", "Ce portail est édité par le pôle de compétitivité qui organise les appels à projets :",
            "This portal is published by the competitiveness cluster that runs the calls for projects:");
        Add("Name", "Nom", "Name");
        Add("LegalForm", "Forme juridique", "Legal form");
        Add("Address", "Adresse", "Address");
        Add("Registration", "Immatriculation (SIRET ou RNA)", "Registration (SIRET or RNA)");
        Add("Director", "Directeur ou directrice de la publication", "Director of publication");
        Add("Email", "Courriel", "E-mail");
        Add("Phone", "Téléphone", "Telephone");
        Add("HostHeading", "Hébergeur", "Host");
        Add("HostIntro", "Le portail et ses données sont hébergés par :", "The portal and its data are hosted by:");
        Add("PropertyHeading", "Propriété intellectuelle", "Intellectual property");
        Add("Property", "Les textes et la présentation du portail appartiennent à l'éditeur ; ils peuvent être cités en indiquant la source. Les dossiers déposés restent la propriété de leurs auteurs : l'éditeur, les experts et les financeurs ne les utilisent que pour instruire, évaluer, labelliser et cofinancer les projets, et les experts sont tenus à la confidentialité.",
            "The portal's texts and presentation belong to the publisher; they may be quoted with their source. Submitted dossiers remain their authors' property: the publisher, the experts and the funders use them only to screen, review, label and co-fund the projects, and the experts are bound to confidentiality.");
        Add("Brand", "Ce portail n'est pas un site de l'État : il n'utilise ni la marque de l'État, ni son logo, ni la police Marianne, qui leur sont réservés.",
            "This portal is not a State website: it uses neither the State's brand, nor its logo, nor the Marianne typeface, which are reserved to State services.");
        Add("CreditsHeading", "Crédits", "Credits");
        Add("CreditsIntro", "Le portail est construit avec des logiciels libres, dont :", "The portal is built with open-source software, including:");
        Add("CreditDotNet", ".NET et ASP.NET Core (licence MIT), Entity Framework Core et Npgsql (licences MIT et PostgreSQL) ;",
            ".NET and ASP.NET Core (MIT licence), Entity Framework Core and Npgsql (MIT and PostgreSQL licences);");
        Add("CreditPostgres", "PostgreSQL (licence PostgreSQL) pour les données ;", "PostgreSQL (PostgreSQL licence) for the data;");
        Add("CreditMessaging", "MassTransit 8 (licence Apache 2.0) et Hangfire (licence LGPL 3.0) pour les traitements en arrière-plan ;",
            "MassTransit 8 (Apache 2.0 licence) and Hangfire (LGPL 3.0 licence) for background work;");
        Add("CreditPdf", "PDFsharp (licence MIT) pour les documents PDF ;", "PDFsharp (MIT licence) for the PDF documents;");
        Add("CreditMail", "MailKit (licence MIT) pour les courriels, QRCoder (licence MIT) pour les codes QR de la vérification en deux étapes et des documents ;",
            "MailKit (MIT licence) for e-mails, QRCoder (MIT licence) for the QR codes of two-step verification and of documents;");
        Add("CreditExports", "Open XML SDK (licence MIT) pour les exports en tableur, Ical.Net (licence MIT) pour l'abonnement aux échéances ;",
            "Open XML SDK (MIT licence) for the spreadsheet exports, Ical.Net (MIT licence) for the deadline calendar subscription;");
        Add("CreditFonts", "les polices DejaVu, intégrées aux documents PDF : leur licence libre (dérivée de celle des polices Bitstream Vera) permet de les utiliser, de les intégrer et de les redistribuer.",
            "the DejaVu fonts, embedded in the PDF documents: their free licence (derived from the Bitstream Vera fonts' licence) allows using, embedding and redistributing them.");
        Add("Credits", "Chaque composant reste la propriété de ses auteurs et est utilisé selon sa licence.",
            "Each component remains its authors' property and is used under its licence.");
    }
}
