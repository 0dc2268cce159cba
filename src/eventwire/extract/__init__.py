"""Extraction: values found in clean article text, each with its span and extractor."""
