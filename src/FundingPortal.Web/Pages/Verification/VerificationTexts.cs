using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Verification;

/// <summary>The public verification page (<c>/verifier</c>, <c>/verifier/{code}</c> from a document's QR code).</summary>
public sealed class VerificationTexts : TextSet
{
    public VerificationTexts()
        : base("Verification")
    {
        Add("Title", "Vérifier un document", "Verify a document");
        Add("Lead", "Vérifiez qu'un accusé de réception, une attestation de labellisation, une notification de cofinancement ou un procès-verbal de comité a bien été émis par le portail, sans avoir à vous connecter.",
            "Check that an acknowledgement of receipt, a label certificate, a co-funding notice or committee minutes was issued by the portal, without signing in.");
        Add("HowItWorks", "Le portail conserve l'empreinte SHA-256 de chaque document qu'il émet. Un document identique au bit près a la même empreinte ; la moindre modification la change.",
            "The portal keeps the SHA-256 fingerprint of every document it issues. A bit-for-bit identical document has the same fingerprint; the slightest change alters it.");
        Add("ReferenceEdition", "Seule l'édition de référence, en français, est enregistrée : une édition anglaise téléchargée depuis le portail ne correspond pas.",
            "Only the reference edition, in French, is on record: an English edition downloaded from the portal does not match.");
        Add("UnknownCode", "Aucun document émis ne porte ce code de vérification. Vérifiez l'adresse, ou déposez le fichier ci-dessous.",
            "No issued document carries this verification code. Check the address, or drop the file below.");
        Add("IssuedHeading", "Document émis", "Issued document");
        Add("Kind", "Nature", "Kind");
        Add("Reference", "Référence du dossier", "Proposal reference");
        AddSame("Version", "Version");
        Add("NoVersion", "sans objet", "not applicable");
        Add("IssuedAt", "Émis le (heure de Paris)", "Issued on (Paris time)");
        Add("Sha256", "Empreinte SHA-256 enregistrée", "SHA-256 fingerprint on record");
        Add("NoLongerKept", "Le portail ne conserve plus ce document : le dossier a dépassé sa durée de conservation. Son empreinte reste enregistrée : un exemplaire que vous détenez peut toujours être vérifié ci-dessous.",
            "The portal no longer keeps this document: the proposal is past its retention period. Its fingerprint stays on record: a copy you hold can still be checked below.");
        Add("CheckHeading", "Vérifier le fichier que vous détenez", "Check the file you hold");
        Add("CheckLead", "Choisissez le PDF : son empreinte est calculée dans votre navigateur et le fichier n'est pas envoyé. Sans JavaScript, le fichier est envoyé, son empreinte calculée, puis il est oublié : le portail ne le conserve pas.",
            "Choose the PDF: its fingerprint is computed in your browser and the file is not sent. Without JavaScript, the file is sent, its fingerprint computed, then it is forgotten: the portal does not keep it.");
        Add("File", "Fichier PDF", "PDF file");
        Add("Check", "Vérifier ce fichier", "Check this file");
        Add("Hashing", "Calcul de l'empreinte…", "Computing the fingerprint…");
        Add("HashHeading", "Ou collez une empreinte SHA-256", "Or paste a SHA-256 fingerprint");
        Add("HashLabel", "Empreinte SHA-256 (64 caractères hexadécimaux)", "SHA-256 fingerprint (64 hexadecimal characters)");
        Add("CheckHash", "Vérifier l'empreinte", "Check the fingerprint");
        Add("Matches", "Ce document correspond au document émis.", "This document matches the issued document.");
        Add("MatchesDetail", "{0} du dossier {1}, émis le {2}.", "{0} of proposal {1}, issued on {2}.");
        Add("DoesNotMatch", "Ce document ne correspond pas au document émis.", "This document does not match the issued document.");
        Add("DoesNotMatchDetail", "Ce fichier n'est pas l'exemplaire émis par le portail : il a pu être modifié, ou il s'agit d'un autre document.",
            "This file is not the copy the portal issued: it may have been altered, or it is another document.");
        Add("NotIssued", "Ce document ne correspond à aucun document émis par le portail.", "This document does not match any document issued by the portal.");
        Add("YourFingerprint", "Empreinte du fichier vérifié : {0}", "Fingerprint of the file checked: {0}");
        Add("InvalidHash", "Une empreinte SHA-256 compte 64 caractères hexadécimaux (0 à 9, a à f).", "A SHA-256 fingerprint has 64 hexadecimal characters (0 to 9, a to f).");
        Add("FileRequired", "Choisissez le fichier PDF à vérifier.", "Choose the PDF file to check.");
        Add("FileTooLarge", "Ce fichier dépasse 20 Mo : le portail n'émet aucun document de cette taille.", "This file is larger than 20 MB: the portal issues no document of that size.");
        Add("NotAPdf", "Ce fichier n'est pas un PDF.", "This file is not a PDF.");
        Add("Privacy", "Cette page ne montre ni noms ni montants : seulement la nature du document, sa référence et sa date d'émission.",
            "This page shows no names and no amounts: only the document's kind, its reference and its date of issue.");
    }
}
